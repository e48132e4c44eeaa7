import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The build lands in the jar's static resources; `npm run dev` proxies the API to a running backend.
// Element Plus components are imported by the pages that use them (not all 80 on every page); its stylesheet
// is loaded once in main.ts.
export default defineConfig({
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver({ importStyle: false })], dts: false })],
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
})
