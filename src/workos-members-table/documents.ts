import { graphql } from '../core/graphql.js';

export const MembersQuery = graphql(`
  query MembersTable(
    $limit: Int!
    $after: String
    $before: String
    $search: String
    $roleSlug: String
  ) {
    me {
      id
    }
    organizationMemberships(
      limit: $limit
      after: $after
      before: $before
      search: $search
      roleSlug: $roleSlug
    ) {
      data {
        id
        email
        firstName
        lastName
        profilePictureUrl
        status
        lastActivityAt
        managedByDirectory
        roles {
          slug
          name
        }
      }
      listMetadata {
        before
        after
      }
    }
  }
`);

export const UpdateMemberRole = graphql(`
  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {
    updateMemberRole(input: $input) {
      __typename
      ... on MemberRoleUpdated {
        member {
          id
          email
          roles {
            slug
            name
          }
        }
      }
      ... on RoleNotFound {
        roleSlugs
      }
    }
  }
`);

export const RemoveMember = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      __typename
    }
  }
`);
