import { afterPaint } from './after-paint';

describe('afterPaint', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the work after the next frame, not within it', () => {
    const work = jest.fn();
    afterPaint(work);
    jest.advanceTimersToNextFrame();
    expect(work).not.toHaveBeenCalled();
    jest.runOnlyPendingTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('can be called off before or after the frame', () => {
    const early = jest.fn();
    afterPaint(early)();
    const late = jest.fn();
    const cancel = afterPaint(late);
    jest.advanceTimersToNextFrame();
    cancel();
    jest.runAllTimers();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
