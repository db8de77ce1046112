// Progress lives in this browser only, so the page renders there.
export const ssr = false;
