export * from './collaborations';
export * from './cycles';
export * from './dialogues';
export * from './engagements';
export * from './organizations';
export * from './people';
export * from './protection';
export * from './roles';
