// API shapes of the hotline's intake area (issue 4).
export {};
