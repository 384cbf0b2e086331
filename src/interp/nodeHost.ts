export const nodeHost = null;
