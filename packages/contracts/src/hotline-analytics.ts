// API shapes of the hotline's analytics area (issue 4).
export {};
