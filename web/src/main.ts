import { createApp } from 'vue'
import 'element-plus/dist/index.css'
import App from './App.vue'
import { router } from './router'
import { setAuthHandlers } from './api'
import { session } from './session'
import { labelUnlabelledInputs } from './a11y'

setAuthHandlers(
  () => {
    session.user = null
    const here = window.location.pathname
    if (here !== '/login' && !here.startsWith('/public/')) router.push('/login')
  },
  () => router.push('/password'),
)

createApp(App).use(router).mount('#app')
labelUnlabelledInputs(document.getElementById('app')!)
