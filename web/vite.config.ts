import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The build lands in the jar's static resources; `npm run dev` proxies the API to a running backend.
export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
})
