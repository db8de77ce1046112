// The page reads report files and text the instructor opens, and this browser's storage (assignments made here), so
// it renders in the browser; the prerendered file is its shell. Reports are read in the browser and sent nowhere.
export const ssr = false;
