import { graphql } from '../core/graphql.js';

export const SecurityQuery = graphql(`
  query SecuritySettings($mfa: Boolean!, $passkeys: Boolean!, $sessions: Boolean!) {
    authenticationSettings {
      mfaEnabled
      passkeyAuthEnabled
    }
    me {
      id
      email
      mfaEnabled
    }
    mfaFactors @include(if: $mfa) {
      id
      type
      createdAt
      lastUsedAt
    }
    passkeys @include(if: $passkeys) {
      id
      name
      createdAt
      lastVerifiedAt
    }
    sessions @include(if: $sessions) {
      id
      isCurrent
      ipAddress
      userAgent
      lastActivityAt
      currentLocation {
        cityName
        countryISOCode
      }
    }
  }
`);

export const EnrollTotp = graphql(`
  mutation EnrollTotp($input: EnrollTotpInput!) {
    enrollTotp(input: $input) {
      __typename
      ... on TotpFactor {
        authenticationChallengeId
        authenticationFactorId
        secret
        uri
      }
    }
  }
`);

export const VerifyTotp = graphql(`
  mutation VerifyTotp($input: VerifyTotpInput!) {
    verifyTotp(input: $input) {
      __typename
      ... on TotpVerificationFailed {
        message
      }
    }
  }
`);

export const RemoveMfaFactor = graphql(`
  mutation RemoveMfaFactor($input: RemoveMfaFactorInput!) {
    removeMfaFactor(input: $input) {
      __typename
    }
  }
`);

export const RegisterPasskey = graphql(`
  mutation RegisterPasskey($input: RegisterPasskeyInput!) {
    registerPasskey(input: $input) {
      __typename
      ... on PasskeyRegistrationOptions {
        challengeId
        options
      }
    }
  }
`);

export const VerifyPasskey = graphql(`
  mutation VerifyPasskey($input: VerifyPasskeyInput!) {
    verifyPasskey(input: $input) {
      __typename
      ... on PasskeyVerified {
        passkey {
          id
          name
          createdAt
          lastVerifiedAt
        }
      }
      ... on PasskeyVerificationFailed {
        message
      }
    }
  }
`);

export const DeletePasskey = graphql(`
  mutation DeletePasskey($input: DeletePasskeyInput!) {
    deletePasskey(input: $input) {
      __typename
    }
  }
`);

export const RevokeSession = graphql(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      __typename
    }
  }
`);

export const RevokeAllSessions = graphql(`
  mutation RevokeAllSessions {
    revokeAllSessions {
      __typename
      ... on AllSessionsRevoked {
        revokedCount
      }
    }
  }
`);
