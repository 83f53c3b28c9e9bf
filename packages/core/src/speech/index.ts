// Filled in by the speech work; kept empty so the barrel compiles meanwhile.
export {};
