/** The value of the response panel's Scenario control for the normal answer (the state's default). */
export const normalScenario = 'ok';
