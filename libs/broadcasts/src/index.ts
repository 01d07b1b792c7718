export * from './broadcast.entity';
export * from './broadcast-delivery.entity';
export * from './broadcast-state';
export * from './broadcasts.module';
export * from './broadcasts.service';
export * from './broadcast-report.service';
export * from './broadcast-report.types';
