/** One installable trigger as ScriptApp returns it; `owner` plays whose it is (getProjectTriggers lists only the current user's). */
export class FakeTrigger {
  constructor(
    readonly handler: string,
    readonly schedule: string,
    readonly owner = 'me',
  ) {}
  getHandlerFunction(): string {
    return this.handler;
  }
}

/**
 * ScriptApp's consent and trigger calls, recorded in order. `granted` is what the user ticked on the
 * consent screen (granular consent), as getAuthorizationInfo reports it.
 */
export class FakeScriptApp {
  readonly calls: string[] = [];
  readonly AuthMode = { FULL: 'FULL' };
  constructor(
    readonly triggers: FakeTrigger[] = [],
    readonly granted: string[] = [],
  ) {}

  requireScopes(mode: string, scopes: string[]): void {
    this.calls.push(`requireScopes ${mode} ${scopes.map((s) => s.replace('https://www.googleapis.com/auth/', '')).join(' ')}`);
  }

  getAuthorizationInfo(mode: string, scopes: string[]): { getAuthorizedScopes(): string[] } {
    return { getAuthorizedScopes: () => (mode === 'FULL' ? scopes.filter((scope) => this.granted.includes(scope)) : []) };
  }

  getProjectTriggers(): FakeTrigger[] {
    this.calls.push('getProjectTriggers');
    return this.triggers.filter((trigger) => trigger.owner === 'me');
  }

  deleteTrigger(trigger: FakeTrigger): void {
    this.calls.push(`deleteTrigger ${trigger.handler}`);
    this.triggers.splice(this.triggers.indexOf(trigger), 1);
  }

  newTrigger(handler: string) {
    const schedule: string[] = [];
    const clock = {
      everyHours: (n: number) => (schedule.push(`every ${n} h`), clock),
      everyDays: (n: number) => (schedule.push(`every ${n} d`), clock),
      atHour: (n: number) => (schedule.push(`at ${n}`), clock),
      create: () => {
        const trigger = new FakeTrigger(handler, schedule.join(' '));
        this.calls.push(`create ${handler} ${trigger.schedule}`);
        this.triggers.push(trigger);
        return trigger;
      },
    };
    return { timeBased: () => clock };
  }
}
