/** A new task: lets the page paint and answer input between pieces of long work. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
