/** The people of the message being read: who they are, their circle, and adding them as contacts. */
export * from './message';
export * from './place';
export * from './add';
