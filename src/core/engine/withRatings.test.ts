import { withRatings } from './withRatings';

describe('withRatings', () => {
  it('gives the satisfaction of the ratings when there is none, as on import', () => {
    expect(withRatings({ satisfaction: null, ratings: {} }, { 响应速度: 2, 服务态度: 1 })).toEqual({ satisfaction: 2, ratings: { 响应速度: 2, 服务态度: 1 } });
  });

  it('lets a satisfaction the ratings gave follow them, and keeps one given on its own', () => {
    expect(withRatings({ satisfaction: 4, ratings: { 响应速度: 4 } }, { 响应速度: 1 }).satisfaction).toBe(1);
    expect(withRatings({ satisfaction: 5, ratings: {} }, { 响应速度: 2 }).satisfaction).toBe(5);
    expect(withRatings({ satisfaction: 5, ratings: { 响应速度: 3 } }, { 响应速度: 2 }).satisfaction).toBe(5);
  });
});
