import '../styles/base.css';
import '../styles/console.css';
import { mount } from '../common/mount';
import { ConsoleApp } from './ConsoleApp';

mount(ConsoleApp);
