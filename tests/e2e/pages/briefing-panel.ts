import { expect, type Locator, type Page } from '@playwright/test';

export type BriefingTab = 'Overview' | 'People' | 'Organisations' | 'Places' | 'Quotes' | 'Timeline' | 'Notes';

/** The briefing beside the reader: tabs and their panels, found by role and name only. */
export class BriefingPanel {
  readonly root: Locator;
  readonly tablist: Locator;
  /** The visible tab panel. */
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Briefing' });
    this.tablist = this.root.getByRole('tablist', { name: 'Briefing sections' });
    this.panel = this.root.getByRole('tabpanel');
  }

  tab(name: BriefingTab): Locator {
    return this.tablist.getByRole('tab', { name, exact: true });
  }

  async open(name: BriefingTab): Promise<Locator> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
    return this.panel;
  }

  /** Key figures counting one thing (the list labelled by what they count). */
  figureGroup(counts: RegExp): Locator {
    return this.panel.getByRole('list', { name: counts });
  }

  entity(name: RegExp): Locator {
    return this.panel.getByRole('button', { name });
  }

  /** The "2 of 5" navigator for the selected entity's mentions. */
  mentionNavigator(): Locator {
    return this.panel.getByRole('group', { name: /^Mentions of/u });
  }

  speaker(name: RegExp): Locator {
    return this.panel.getByRole('region', { name });
  }

  timelineEntries(): Locator {
    return this.panel.getByRole('list').first().getByRole('listitem');
  }
}
