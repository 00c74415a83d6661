import '../styles/base.css';
import '../styles/console.css';
import { mount } from '../common/mount';
import { consoleLaterStrings, consoleStrings } from '../i18n/consoleStrings';
import { ConsoleApp } from './ConsoleApp';

void mount(ConsoleApp, consoleStrings, consoleLaterStrings);
