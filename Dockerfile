# syntax=docker/dockerfile:1
# Convene in one image: the API, which also serves the built web app. Build with `docker build -t convene .`
# or through docker-compose.yml. Give it DATABASE_URL; without one it starts an embedded PostgreSQL in
# /app/.data (mount a volume there to keep the data).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: install everything, compile the API, print the schema, build the web app ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# The npm the lockfile and package.json's allowScripts are written for.
RUN npm install --global --no-audit --no-fund npm@11.19.1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# ---- runtime: compiled code and production dependencies only, run as an unprivileged user ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# Code stays owned by root (read-only to the app); only the data folder belongs to the app's user.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
RUN mkdir .data && chown node:node .data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/src/main.js"]
