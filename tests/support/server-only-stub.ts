// Vitest runs server code outside Next.js, where "server-only" would throw; this empty module stands in.
export {};
