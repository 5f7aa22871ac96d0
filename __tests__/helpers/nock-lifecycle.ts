// nock patches node:http for the whole Jest worker. A test file that mocks HTTP activates it for
// itself only, restores it afterwards so later files in the worker reach their real local
// servers, and requires every mock it set up to have been used.
import nock from 'nock'

export function useNock(options: { allowHost?: string } = {}): void {
  beforeAll(() => {
    if (!nock.isActive()) nock.activate()
    nock.disableNetConnect()
    if (options.allowHost) nock.enableNetConnect(options.allowHost)
  })
  afterAll(() => {
    nock.cleanAll()
    nock.enableNetConnect()
    nock.restore()
  })
  afterEach(() => {
    const pending = nock.pendingMocks()
    nock.cleanAll()
    expect(pending).toEqual([])
  })
}
