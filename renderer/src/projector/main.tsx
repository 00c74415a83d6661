import '../styles/base.css';
import '../styles/projector.css';
import { mount } from '../common/mount';
import { ProjectorApp } from './ProjectorApp';

mount(ProjectorApp);
