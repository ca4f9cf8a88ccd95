// A real OpenID provider (oidc-provider from npm) for the tests: Authorization Code with PKCE, its own login page
// (devInteractions: any password, the login names one of the configured accounts), discovery, JWKS, and JWT access
// tokens for the PosVendas API carrying the accounts' claims in the layout the configuration gives.
//
//   node provider.mjs <config.json>
//
// config.json:
//   port          the port on 127.0.0.1 (the issuer is http://127.0.0.1:<port>)
//   keysFile      the signing keys (JWKS with private parts): read when present, else a new RSA key is made and
//                 written there; delete it and restart the provider to rotate the keys
//   audience      the aud of access tokens
//   clients       [{ client_id, redirect_uris, post_logout_redirect_uris }]: public clients (PKCE, no secret)
//   accounts      { login: { claim: value, ... } }: each account's claims; sub is the login
//   accessTokenClaims  the account claims copied into access tokens (e.g. email, name, realm_access, roles)
// Prints "ready <issuer>" once it listens.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Provider from 'oidc-provider';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const issuer = `http://127.0.0.1:${config.port}`;
const resource = 'urn:posvendas:api';

function signingKeys() {
  if (existsSync(config.keysFile)) {
    return JSON.parse(readFileSync(config.keysFile, 'utf8'));
  }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwks = { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' }] };
  writeFileSync(config.keysFile, JSON.stringify(jwks));
  return jwks;
}

const accounts = config.accounts ?? {};
const accessTokenClaims = config.accessTokenClaims ?? [];

const provider = new Provider(issuer, {
  jwks: signingKeys(),
  clients: config.clients.map((client) => ({
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    ...client,
  })),
  cookies: { keys: [randomUUID()] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'locale'] },
  async findAccount(_ctx, id) {
    const claims = accounts[id];
    if (!claims) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, email_verified: true, ...claims }) };
  },
  // A first-party portal: no consent screen, as a company's own provider would set it up.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    grant.addResourceScope(resource, 'posvendas');
    await grant.save();
    return grant;
  },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: async () => resource,
      useGrantedResource: async () => true,
      getResourceServerInfo: async () => ({
        scope: 'posvendas',
        audience: config.audience,
        accessTokenTTL: 3600,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  async extraTokenClaims(_ctx, token) {
    const claims = accounts[token.accountId];
    if (token.kind !== 'AccessToken' || !claims) return undefined;
    return Object.fromEntries(accessTokenClaims.filter((name) => name in claims).map((name) => [name, claims[name]]));
  },
  clientBasedCORS: (_ctx, origin, client) => client.redirectUris.some((uri) => new URL(uri).origin === origin),
  ttl: { AccessToken: 3600, AuthorizationCode: 60, IdToken: 3600, Interaction: 600, Session: 3600, Grant: 3600 },
  pkce: { required: () => true },
});

provider.listen(config.port, '127.0.0.1', () => console.log(`ready ${issuer}`));
