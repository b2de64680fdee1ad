// API shapes of the hotline's desk area (issue 4).
export {};
