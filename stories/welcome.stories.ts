// Placeholder so that Storybook builds before the widget stories exist; replace or delete it.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = { title: 'Welcome' };
export default meta;

export const Welcome: StoryObj = {
  render: () => html`
    <p>
      sx-science-week widgets: the stories live in <code>stories/&lt;widget&gt;.stories.ts</code>.
    </p>
  `,
};
