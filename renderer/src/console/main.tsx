import '../styles/base.css';
import '../styles/console.css';
import { holdWarming } from '../common/lazy/lazyPart';
import { mount } from '../common/mount';
import { consoleLaterStrings, consoleStrings } from '../i18n/consoleStrings';
import { ConsoleApp } from './ConsoleApp';

// Idle-time loading waits until the whole console is built (ConsoleApp releases it).
holdWarming();
void mount(ConsoleApp, consoleStrings, consoleLaterStrings);
