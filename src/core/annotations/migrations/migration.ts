/** One numbered schema step. `up` runs inside the runner's transaction; never edit a shipped one. */
export interface Migration {
  /** Becomes PRAGMA user_version once applied; consecutive from 1. */
  version: number;
  name: string;
  up: string;
}
