import { graphql } from '../core/graphql.js';

/** The roles members can be given; shared by every element that offers them. */
export const RolesQuery = graphql(`
  query Roles {
    roles {
      multipleRolesEnabled
      roles {
        id
        slug
        name
        description
        isDefault
      }
    }
  }
`);

/** What an invitation's events report, and what lists show of it. */
export const InvitationFields = graphql(`
  fragment InvitationFields on OrganizationInvitation @_unmask {
    id
    userId
    email
    status
    roleSlug
    expiresAt
    createdAt
    lastSentAt
  }
`);

export const ResendInvitation = graphql(
  `
    mutation ResendInvitation($input: ResendInvitationInput!) {
      resendInvitation(input: $input) {
        __typename
        ... on InvitationResent {
          invitation {
            ...InvitationFields
          }
        }
      }
    }
  `,
  [InvitationFields],
);

export const RevokeInvitation = graphql(
  `
    mutation RevokeInvitation($input: RevokeInvitationInput!) {
      revokeInvitation(input: $input) {
        __typename
        ... on InvitationRevoked {
          invitation {
            ...InvitationFields
          }
        }
      }
    }
  `,
  [InvitationFields],
);
