/** A browser-like GraphQL client: JSON POSTs to /graphql, and a cookie jar of one session. */
export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
  headers: Headers;
}

export class GraphqlClient {
  private cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  get sessionCookie(): string | undefined {
    return this.cookies.get('convene_session');
  }

  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    init: { headers?: Record<string, string>; body?: string } = {},
  ): Promise<GraphqlResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...init.headers,
      },
      body: init.body ?? JSON.stringify({ query, variables }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair.split('=');
      const text = value.join('=');
      if (text === '' || /expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, text);
    }
    const text = await response.text();
    let body: { data?: T; errors?: GraphqlResult<T>['errors'] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = { errors: [{ message: text }] };
    }
    return {
      status: response.status,
      data: body.data ?? undefined,
      errors: body.errors,
      headers: response.headers,
    };
  }

  /** The data of a request that must succeed. */
  async ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL request failed: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** The code of the first error of a request that must fail. */
  async errorOf(query: string, variables?: Record<string, unknown>) {
    const result = await this.request(query, variables);
    const error = result.errors?.[0];
    if (!error) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
    return {
      code: error.extensions?.code,
      message: error.message,
      extensions: error.extensions ?? {},
      status: result.status,
    };
  }
}
