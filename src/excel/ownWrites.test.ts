import { OwnWrites } from './ownWrites';

describe('OwnWrites', () => {
  it('takes the events of rows the add-in wrote, once per write, and nothing else', () => {
    const own = new OwnWrites();
    own.begin();
    own.add(5, 7);
    own.add(6, 6);
    expect(own.consume(5, 8)).toBe(false);
    expect(own.consume(5, 7)).toBe(true);
    expect(own.consume(6, 6)).toBe(true);
    expect(own.consume(6, 6)).toBe(false);
  });
  it('forgets rows written three operations ago', () => {
    const own = new OwnWrites();
    own.begin();
    own.add(9, 9);
    own.begin();
    own.begin();
    expect(own.consume(9, 9)).toBe(true);
    own.add(9, 9);
    own.begin();
    own.begin();
    own.begin();
    expect(own.consume(9, 9)).toBe(false);
  });
});
