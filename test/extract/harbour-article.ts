/**
 * A short news article written for these tests (not from the development set, so no rule can be
 * tuned to it by accident), holding one case of each thing the quote rules must handle.
 */
export const HARBOUR_ARTICLE = `Harbour plan 'too costly'

The city council has approved a new harbour plan, despite warnings from local traders.

"This scheme will cost far more than anyone admits," said Councillor Maria Lopez, who leads the opposition group. "We have asked for the figures and we are still waiting."

Ms Lopez added that traders had been "left completely in the dark about the timetable".

A spokeswoman for the Northport Chamber of Commerce said members were worried. "Our members depend on the harbour for their living," she said.

Council leader Peter Grant defended the decision. "The harbour has been neglected for twenty years," he said, "and this is our chance to change that."

He added: "Nobody pretends it will be cheap.

"But doing nothing would cost the city far more."

The plan, described by critics as a "vanity project", will go to a public vote in May.
`;
