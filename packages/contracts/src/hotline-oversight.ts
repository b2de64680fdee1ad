// API shapes of the hotline's oversight area (issue 4).
export {};
