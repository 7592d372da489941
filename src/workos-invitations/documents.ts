import { InvitationFields } from '../actions/documents.js';
import { graphql } from '../core/graphql.js';

export const InvitationsQuery = graphql(
  `
    query Invitations(
      $limit: Int!
      $after: String
      $before: String
      $status: OrganizationInvitationStatus
    ) {
      invitations(limit: $limit, after: $after, before: $before, status: $status) {
        data {
          ...InvitationFields
        }
        listMetadata {
          before
          after
        }
      }
    }
  `,
  [InvitationFields],
);
