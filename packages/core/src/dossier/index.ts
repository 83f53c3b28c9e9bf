// Filled in by the dossier work; kept empty so the barrel compiles meanwhile.
export {};
