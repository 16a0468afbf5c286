export * from './cycles';
export * from './organizations';
export * from './people';
export * from './protection';
export * from './roles';
