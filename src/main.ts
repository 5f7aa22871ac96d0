import * as core from '@actions/core'

/** The GitHub Action: parse inputs once, run the gate, report. Errors become one setFailed. */
export async function run(): Promise<void> {
  core.setFailed('PromptGate action is not wired yet')
}
