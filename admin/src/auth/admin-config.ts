/** What GET /admin/config.json says (src/admin/admin.routes.ts, AdminClientConfig). */
export interface AdminConfig {
  oidc: { issuer: string; clientId: string } | null;
  developmentSignIn: boolean;
}

export async function loadAdminConfig(): Promise<AdminConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return (await response.json()) as AdminConfig;
}
