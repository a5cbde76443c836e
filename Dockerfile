# The GraphQL server. Build: docker build -t kg-graphql .
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY tsconfig.json ./
COPY schema ./schema
COPY src ./src
COPY seed ./seed
COPY public ./public
COPY README.md ./
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
# node --import tsx, not the tsx wrapper: the wrapper kills the server 30 ms after SIGTERM,
# cutting off in-flight requests.
CMD ["node", "--import", "tsx", "src/main.ts"]
