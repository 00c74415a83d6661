import '../styles/base.css';
import '../styles/projector.css';
import { mount } from '../common/mount';
import { projectorStrings } from '../i18n/projectorStrings';
import { ProjectorApp } from './ProjectorApp';

void mount(ProjectorApp, projectorStrings);
