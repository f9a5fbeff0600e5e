export * from './lib/dto/create-project.input';
export * from './lib/dto/participant.input';
export * from './lib/dto/update-project.input';
export * from './lib/participant.service';
export * from './lib/project-list.types';
export * from './lib/project.loaders';
export * from './lib/project.service';
export * from './lib/projects.module';
