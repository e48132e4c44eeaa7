import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/dist/index.css'
import App from './App.vue'
import { router } from './router'
import { setAuthHandlers } from './api'
import { session } from './session'

setAuthHandlers(
  () => {
    session.user = null
    if (router.currentRoute.value.path !== '/login') router.push('/login')
  },
  () => router.push('/password'),
)

createApp(App).use(ElementPlus, { locale: zhCn }).use(router).mount('#app')
