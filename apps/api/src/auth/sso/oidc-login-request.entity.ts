import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A single sign-on in progress: what `/auth/oidc/login` sent the browser to the provider with, kept server-side
 * until the provider sends it back to `/auth/oidc/callback`. Used once (deleted when read), valid a few minutes.
 * Only hashes of the state and of the browser-binding cookie are stored.
 */
@Entity('oidc_login_requests')
export class OidcLoginRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('oidc_login_requests_state_hash_key', { unique: true })
  @Column({ name: 'state_hash', type: 'text' })
  stateHash: string;

  /** SHA-256 of the random value in the browser's short-lived binding cookie (against login CSRF). */
  @Column({ name: 'browser_hash', type: 'text' })
  browserHash: string;

  @Column({ type: 'text' })
  nonce: string;

  @Column({ name: 'code_verifier', type: 'text' })
  codeVerifier: string;

  /** Where in the app to go after signing in (a path inside the app). */
  @Column({ name: 'return_to', type: 'text', default: '/' })
  returnTo: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Index('oidc_login_requests_expires_at_idx')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
