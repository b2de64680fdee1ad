// API shapes of the hotline's knowledge area (issue 4).
export {};
