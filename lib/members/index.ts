export { MEMBERS_PAGE_SIZE, canViewMembers, listMembers, listMembersInput, type ListMembersInput, type MemberRow, type MembersPage } from './list-members';
export { changeMemberRole, changeMemberRoleInput, memberIdInput, setMemberActive } from './manage-members';
