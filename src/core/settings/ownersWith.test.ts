import { ownersWith } from './ownersWith';

test('the owner list keeps its own names and adds the tickets’ owners and co-owners once', () => {
  expect(ownersWith(['赵*'], [{ owner: '李工', coOwners: ['赵*', '王经理'] }, { owner: ' 李工 ', coOwners: [] }, { owner: '', coOwners: [] }])).toEqual(['赵*', '李工', '王经理']);
  expect(ownersWith([], [])).toEqual([]);
});
