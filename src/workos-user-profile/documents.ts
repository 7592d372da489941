import { graphql } from '../core/graphql.js';

const ProfileFields = graphql(`
  fragment ProfileFields on User @_unmask {
    id
    email
    emailVerified
    firstName
    lastName
    profilePictureUrl
    locale
  }
`);

export const ProfileQuery = graphql(
  `
    query Profile {
      me {
        ...ProfileFields
      }
      organizations {
        id
        name
        isCurrent
      }
    }
  `,
  [ProfileFields],
);

export const UpdateProfile = graphql(
  `
    mutation UpdateProfile($input: UpdateProfileInput!) {
      updateProfile(input: $input) {
        __typename
        ... on ProfileUpdated {
          user {
            ...ProfileFields
          }
        }
        ... on InvalidLocale {
          message
        }
      }
    }
  `,
  [ProfileFields],
);

export const SendEmailChange = graphql(`
  mutation SendEmailChange($input: SendEmailChangeInput!) {
    sendEmailChange(input: $input) {
      __typename
      ... on EmailChangeSent {
        expiresAt
      }
    }
  }
`);

export const ConfirmEmailChange = graphql(
  `
    mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
      confirmEmailChange(input: $input) {
        __typename
        ... on EmailChangeConfirmed {
          elevatedAccessToken
          expiresAt
          user {
            ...ProfileFields
          }
        }
      }
    }
  `,
  [ProfileFields],
);
