/**
 * Rating dimensions entered for a ticket (更新), and the satisfaction they give: the same rule as
 * on import (satisfactionOfRatings, the rounded mean). A satisfaction the ratings gave follows
 * them; one given on its own (typed, or a feedback word) stays.
 */
import { satisfactionOfRatings } from '../parse/parseSatisfaction';
import type { Ticket } from '../schema/ticket';

/**
 * @example withRatings({ satisfaction: null, ratings: {} }, { 响应速度: 2, 服务态度: 1 }) // → { satisfaction: 2, ratings: { 响应速度: 2, 服务态度: 1 } }
 * @example withRatings({ satisfaction: 5, ratings: {} }, { 响应速度: 2 }).satisfaction // → 5 (given on its own)
 */
export function withRatings<T extends Pick<Ticket, 'satisfaction' | 'ratings'>>(t: T, ratings: Readonly<Record<string, number>>): T {
  const derived = t.satisfaction === null || t.satisfaction === satisfactionOfRatings(t.ratings);
  return { ...t, ratings: { ...ratings }, satisfaction: derived ? satisfactionOfRatings(ratings) : t.satisfaction };
}
