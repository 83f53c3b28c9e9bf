// Filled in by the calendar work; kept empty so the barrel compiles meanwhile.
export {};
