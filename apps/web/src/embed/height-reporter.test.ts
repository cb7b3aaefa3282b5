import { createHeightReporter, type HeightMessage } from './height-reporter';

describe('the framed map height reporter', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('posts the settled height once after a burst of resizes, rounded up', () => {
    const posted: HeightMessage[] = [];
    const reporter = createHeightReporter((m) => posted.push(m), 100);
    reporter.report(300);
    reporter.report(512.2);
    jest.advanceTimersByTime(99);
    expect(posted).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(posted).toEqual([{ type: 'reemploi:height', height: 513 }]);
  });

  it('never posts the same height twice, so the parent resizing the frame cannot loop', () => {
    const posted: HeightMessage[] = [];
    const reporter = createHeightReporter((m) => posted.push(m), 50);
    reporter.report(600);
    jest.advanceTimersByTime(50);
    reporter.report(600);
    jest.advanceTimersByTime(50);
    reporter.report(640);
    jest.advanceTimersByTime(50);
    expect(posted.map((m) => m.height)).toEqual([600, 640]);
  });

  it('posts nothing after being disposed', () => {
    const post = jest.fn();
    const reporter = createHeightReporter(post, 50);
    reporter.report(600);
    reporter.dispose();
    jest.advanceTimersByTime(100);
    expect(post).not.toHaveBeenCalled();
  });
});
